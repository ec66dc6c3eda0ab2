"""Qt widgets and views. Views observe the model; they never own data."""
