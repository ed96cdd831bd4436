var ready bool

ready()
fmt.Println(ready)
