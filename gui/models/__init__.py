"""Qt item models over `analysis.model`: each wraps plain result data and adds roles from Qt.UserRole."""
