"""Vietnamese language data and logic, apart from the pipeline engine."""
