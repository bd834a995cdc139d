"""The default rule packs, shipped inside the package as ``factlint.rules`` (YAML only)."""
