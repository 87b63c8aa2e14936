"""Excel workbooks for HR, written with XlsxWriter (each formula with its result): score
sheets with live formulas, roster, training records, the audit log, and evaluator forms that
come back as imports (read with openpyxl)."""
