import "strings"

// fmt is not imported: it is added; strings is honoured as written
fmt.Println(strings.ToUpper("explicit import"))
fmt.Println(strings.Fields(" a  b c "), len(strings.Fields(" a  b c ")))
