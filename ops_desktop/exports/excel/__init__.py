"""Excel workbooks for HR (openpyxl): score sheets with live formulas, roster, training
records, and evaluator forms that come back as imports."""
