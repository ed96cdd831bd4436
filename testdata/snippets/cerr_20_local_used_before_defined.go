// statements are a function body: a local must be defined before it is used
report()
report := func() { fmt.Println("report") }
report()
