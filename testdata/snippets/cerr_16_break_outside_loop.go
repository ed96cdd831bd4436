fmt.Println("top")
break
