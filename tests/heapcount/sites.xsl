<?xml version="1.0"?>
<!-- heapcount sites as "frame|frame|...<TAB>tb tbk gb gbk eb ebk rb wb tl"
     lines, each frame written as DHAT writes it without its address
     ("fn (file:line)", "fn (in object)"; a frame of the preload, whose
     debug info differs from DHAT's, as "fn [preload]"), from the summary or, with
     -stringparam region R, from region R. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="text"/>
  <xsl:param name="region" select="''"/>
  <xsl:template match="/">
    <xsl:choose>
      <xsl:when test="$region = ''">
        <xsl:apply-templates select="/profile/summary/site"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="/profile/region[@name = $region]/site"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="site">
    <xsl:for-each select="frame">
      <xsl:if test="position() &gt; 1">|</xsl:if>
      <xsl:value-of select="@name"/>
      <xsl:choose>
        <xsl:when test="contains(@object, 'vgpreload_')">
          <xsl:value-of select="' [preload]'"/>
        </xsl:when>
        <xsl:when test="@file != '???'">
          <xsl:value-of select="concat(' (', @file, ':', @line, ')')"/>
        </xsl:when>
        <xsl:when test="@object">
          <xsl:value-of select="concat(' (in ', @object, ')')"/>
        </xsl:when>
      </xsl:choose>
    </xsl:for-each>
    <xsl:text>&#9;</xsl:text>
    <xsl:for-each select="metric[@name='TotalBytes' or @name='TotalBlocks' or
        @name='AtGmaxBytes' or @name='AtGmaxBlocks' or @name='EndBytes' or
        @name='EndBlocks' or @name='ReadBytes' or @name='WriteBytes' or
        @name='LifetimeTotal']">
      <xsl:if test="position() &gt; 1"><xsl:text> </xsl:text></xsl:if>
      <xsl:value-of select="@value"/>
    </xsl:for-each>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>
</xsl:stylesheet>
