"""Publishing accounts settings (add, test, list, remove; passwords only in the keyring)."""
