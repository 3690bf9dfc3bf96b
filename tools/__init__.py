"""Developer tools that are not part of the product (not packaged): screenshots of the screens."""
