func helper() int { return 1 }

fmt.Println(helper())

func helper() int { return 2 }
