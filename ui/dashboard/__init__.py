"""The business dashboard, its one-page PDF, and the alerts shown at start."""
