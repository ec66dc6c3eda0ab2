"""The *Fynd* dock: the findings list, its explanations and the split-at-a-glance chart."""
