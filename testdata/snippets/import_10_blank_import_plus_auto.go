import _ "fmt"

// a blank import does not make the name fmt available: fmt is still auto-imported
fmt.Println("blank import plus auto-import")
