// named after its unit
