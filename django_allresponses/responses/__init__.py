"""The response classes: the shared base, one HTTP class and one JSON twin per status,
problem details, and the code-to-class lookup."""
