// Placeholder: replaced as the stage is written.
