// named after no unit
