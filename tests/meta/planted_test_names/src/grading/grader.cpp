// planted unit
