"""Qt-free commands; every module here is registered automatically."""
