type code int

fmt.Println("about to panic with a named int")
panic(code(3))
