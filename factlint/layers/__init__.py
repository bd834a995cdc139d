"""Analysis layers: functions ``extract(document)`` computed once per document on first use."""
