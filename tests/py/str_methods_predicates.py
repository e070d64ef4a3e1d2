for s in ["123", "12.3", "abc", "ABC", "aBc", "abc123", "   ", "", "Hello World", "Hello world", "½", "٣", "_id1", "1id", "class", "\t\n"]:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isascii())
