"""Pure-Python domain: code lists, validation rules and typed errors."""
