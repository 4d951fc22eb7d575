"""Actors in the application: register, contacts, needs, activity log, interests, matching."""
