fmt.Println("a snippet with a byte order mark")
