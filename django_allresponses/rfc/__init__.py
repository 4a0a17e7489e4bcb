"""The RFC's facts: the status table and the frozen values it is made of. No Django import."""
