"""Chapter 四 of the regulation (績效考核) as rules, services and results. No Qt."""
