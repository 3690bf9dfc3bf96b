"""PDF case files, redaction and bundles. No Qt."""
