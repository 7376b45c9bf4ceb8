"""The demo: a believable year of the agency's work, generated into an empty database at any size.

`generator` writes it (deterministic, bulk inserts), `words` holds the tables the fiction is made
of, `aftercare` the cases, incentives, milestones and enquiries of investors already here.
"""

from kotra_invest.demo.generator import DemoSummary, generate_demo

__all__ = ["DemoSummary", "generate_demo"]
