func log(msg string) { fmt.Println(msg) }

x := log("hi")
fmt.Println(x)
