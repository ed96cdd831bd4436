var trace []string

func init() { trace = append(trace, "init 1") }

trace = append(trace, "statements")

func init() { trace = append(trace, "init 2") }

fmt.Println(trace)
