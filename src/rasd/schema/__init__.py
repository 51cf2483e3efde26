"""The pinned JSON Schema of the contract; see rasd.schema.pin."""
