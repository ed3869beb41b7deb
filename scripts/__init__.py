"""Repository scripts (release checks); not part of the crosscheck package."""
