"""Safety in use: idle lock, panic key, sensitive clipboard, system lock signals."""
