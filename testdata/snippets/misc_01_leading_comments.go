/*
   A snippet may start with comments and blank lines:
   positions stay those of this file.
*/

// the error below is on line 10, column 13

values := []int{1, 2, 3}
fmt.Println(values)
fmt.Println(vals[0])
