"""Rule types (one module each), the kind classifier, metrics and matching."""
