"""Domain, the SQLCipher vault, services and the CLI. No Qt."""
