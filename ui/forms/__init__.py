"""Detail forms for one parcel or plan, with validation messages next to the field."""
