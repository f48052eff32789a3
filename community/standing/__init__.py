"""Standing: what a person may do now (capabilities), from roles, membership and sanctions."""
