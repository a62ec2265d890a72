"""The Project memory page, one module per tab; ui/views/memory.py lays them out."""
