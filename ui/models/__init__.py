"""Qt item models that adapt the services' frozen rows for views."""
