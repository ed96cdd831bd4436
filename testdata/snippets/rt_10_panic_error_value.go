err := errors.New("config file missing")
fmt.Println("loading")
panic(err)
