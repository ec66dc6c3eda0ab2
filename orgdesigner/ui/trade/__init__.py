"""The *Internhandel* tab: services, flows, assumptions and the pricing-model results."""
