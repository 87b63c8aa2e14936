"""Files for people outside the program: Excel for HR, PDF for the wall. No Qt."""
