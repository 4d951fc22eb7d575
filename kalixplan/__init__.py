"""KalixPlan: detailed plans, industrial land and green-transition actors.

The ``kalixplan`` package is the Qt-free core: domain rules, storage,
geodata, services, map-page building and print-layout maths.
"""

__version__ = "0.1.0"
