const tick time.Duration = 5

var handler = func(name string) string {
	return strings.Title(name) + fmt.Sprint(" at ", tick)
}

fmt.Println(handler("snippet"))
