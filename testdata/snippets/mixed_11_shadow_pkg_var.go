// a top-level var is package-level; := in the statements makes a local that shadows it
var level = "package"

func show() { fmt.Println("show sees:", level) }

level := "local"
fmt.Println("main sees:", level)
show()
