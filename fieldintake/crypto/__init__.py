"""Key hierarchy, KDF, key wrapping, identities and signatures. No Qt, no database."""
