"""Print-ready PDFs (reportlab): wall posters of the regulation, responsibilities and
workflow flowcharts, tiled for office printers; meeting minutes and event summaries."""
