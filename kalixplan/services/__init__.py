"""Use cases: plans, parcels, actors, search, export, checks. Services take a session."""
